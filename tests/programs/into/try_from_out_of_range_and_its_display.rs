// `u8::try_from(300i32)` is Err(TryFromIntError(())), which Display words as std does; in range, Ok; u128::MAX fits neither u16 nor i128.
fn main() {
    println!("{:?} {:?}", u8::try_from(300i32), i8::try_from(-128i64));
    println!("{}", usize::try_from(-1i32).is_err());
    if let Err(err) = u8::try_from(1000u64) {
        println!("{} / {:?}", err, err);
    }
    println!("{:?} {:?} {:?}", u16::try_from(u128::MAX), i128::try_from(u128::MAX), u8::try_from(-1i8));
}
// expect: Err(TryFromIntError(())) Ok(-128)
// expect: true
// expect: out of range integral type conversion attempted / TryFromIntError(())
// expect: Err(TryFromIntError(())) Err(TryFromIntError(())) Err(TryFromIntError(()))
