// bool::then_some's Option holds the argument's type: binding it as Option<i32> from a &str is E0308.
fn main() {
    let score = 72;
    let grade: Option<i32> = (score > 50).then_some("pass");
    println!("{:?}", grade);
}
// error: E0308 at 4:53
