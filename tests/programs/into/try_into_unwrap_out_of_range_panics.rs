// `n.try_into()` into the integer type the context names: Ok in range, Err otherwise, and unwrap of that Err panics with TryFromIntError(()).
fn main() {
    let i: Result<u16, _> = (-1i32).try_into();
    let j: u8 = 255u32.try_into().unwrap();
    let n: usize = (-1i64).try_into().unwrap_or(0);
    let m: i8 = match 200u8.try_into() {
        Ok(v) => v,
        Err(e) => {
            println!("{}", e);
            -1
        }
    };
    println!("{:?} {} {} {}", i, j, n, m);
    let big: u8 = 300u16.try_into().unwrap();
    println!("{}", big);
}
// expect: out of range integral type conversion attempted
// expect: Err(TryFromIntError(())) 255 0 -1
// panic: called `Result::unwrap()` on an `Err` value: TryFromIntError(())
// panic-at: 14:37
