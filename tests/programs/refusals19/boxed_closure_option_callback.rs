// An Option<Box<dyn Fn(i32)>> callback borrowing a local prefix, set later and called if present.
fn main() {
    let prefix = String::from("got");
    let mut callback: Option<Box<dyn Fn(i32)>> = None;
    if let Some(cb) = &callback {
        cb(0);
    }
    callback = Some(Box::new(|n| println!("{} {}", prefix, n)));
    if let Some(cb) = &callback {
        cb(7);
    }
    println!("{}", callback.is_some());
}
// expect: got 7
// expect: true
