package vn.unioncare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class UnionCareApplication {

    public static void main(String[] args) {
        SpringApplication.run(UnionCareApplication.class, args);
    }
}
