// At the end of a scope, variables are dropped in reverse order of declaration.
fn main() {
    let first = String::from("a");
    let second = vec![1u16, 2];
    let third = Box::new(3u8);
    let fourth = String::from("dddd");
    println!("{} {:?} {} {}", first, second, third, fourth);
}
// expect: a [1, 2] 3 dddd
