package vn.unioncare.member;

public enum Gender { MALE, FEMALE, OTHER }
