// Reading a Box after moving it into another binding is E0382.
fn main() {
    let a = Box::new(5i32);
    let b = a;
    println!("a contains: {}", a);
    println!("{}", b);
}
// error: E0382 at 5:32
