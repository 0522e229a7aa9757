// A kept `split` borrows the String it splits, so pushing to it before the split's next use is error E0502.
fn main() {
    let mut line = String::from("a:b");
    let mut parts = line.split(':');
    line.push_str(":c");
    println!("{:?}", parts.next());
}
// error: E0502 at 5:5
