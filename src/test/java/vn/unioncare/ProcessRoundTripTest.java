package vn.unioncare;

@UnionCareSpringTest
class ProcessRoundTripTest extends ProcessRoundTripContract {
}
