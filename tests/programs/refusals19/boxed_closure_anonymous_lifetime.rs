// `Box<dyn Fn(i32) -> i32 + '_>` in a let: a boxed closure reading a local factor, called through the box.
fn main() {
    let factor = 10;
    let offset = String::from("+1");
    let scale: Box<dyn Fn(i32) -> i32 + '_> = Box::new(|x| x * factor + offset.len() as i32);
    println!("{}", scale(4));
    println!("{}", scale(-2));
}
// expect: 42
// expect: -18
