// Any number of shared borrows may exist at the same time.
fn main() {
    let s = String::from("shared");
    let r1 = &s;
    let r2 = &s;
    let r3 = r1;
    println!("{} {} {} {}", s, r1, r2, r3);
}
// expect: shared shared shared shared
