// from_str_radix reads digits of any radix from 2 to 36, with parse's error kinds.
println!("{:?}", u8::from_str_radix("ff", 16));
println!("{:?}", i32::from_str_radix("-zz", 36));
println!("{:?}", u8::from_str_radix("100000000", 2));
println!("{:?}", i8::from_str_radix("-81", 16));
println!("{:?}", u32::from_str_radix("-1", 10));
println!("{:?}", i64::from_str_radix("", 8));
println!("{:?}", i64::from_str_radix("+", 8));
println!("{:?}", u16::from_str_radix("19", 8));
// expect: Ok(255)
// expect: Ok(-1295)
// expect: Err(ParseIntError { kind: PosOverflow })
// expect: Err(ParseIntError { kind: NegOverflow })
// expect: Err(ParseIntError { kind: InvalidDigit })
// expect: Err(ParseIntError { kind: Empty })
// expect: Err(ParseIntError { kind: InvalidDigit })
// expect: Err(ParseIntError { kind: InvalidDigit })
