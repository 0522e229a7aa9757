// `todo!()` panics with "not yet implemented".
fn later() -> i32 {
    todo!()
}

fn main() {
    println!("start");
    println!("{}", later());
}
// expect: start
// panic: not yet implemented
// panic-at: 3:5
