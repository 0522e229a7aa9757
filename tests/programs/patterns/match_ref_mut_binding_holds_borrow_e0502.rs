// A `ref mut` binding into a matched place borrows it mutably for as long as the binding is used: printing the place meanwhile is E0502.
fn main() {
    let mut opt = Some(String::from("a"));
    match opt {
        Some(ref mut s) => {
            println!("{:?}", opt);
            s.push_str("x");
        }
        None => {}
    }
}
// error: E0502 at 6:30
