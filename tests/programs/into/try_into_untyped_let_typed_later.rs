// try_into into a let typed only by a later use (`let y: u8 = x;`): rustc infers u8, and so does the engine.
fn main() {
    let x = 300i32.try_into();
    let y: Result<u8, _> = x;
    println!("{:?}", y);
    let z = 5i32.try_into().unwrap();
    let w: u8 = z;
    println!("{}", w);
}
// expect: Err(TryFromIntError(()))
// expect: 5
