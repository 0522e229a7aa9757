// Assigning to a tuple field while a reference to it is still used is error E0506.
fn main() {
    let mut t = (1, 2);
    let r = &t.0;
    t.0 = 10;
    println!("{}", r);
}
// error: E0506 at 5:5
