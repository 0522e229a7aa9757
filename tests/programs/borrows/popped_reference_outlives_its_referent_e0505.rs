// A reference popped from a Vec still borrows what it pointed at: moving the String while the popped reference is used later is E0505.
fn main() {
    let s = String::from("hi");
    let mut v: Vec<&String> = vec![&s];
    let r = v.pop();
    drop(s);
    println!("{:?}", r);
}
// error: E0505 at 6:10
