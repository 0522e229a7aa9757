// A borrow that ends before the move lets the value be moved afterwards.
fn main() {
    let s = String::from("data");
    let r = &s;
    println!("borrowed {}", r);
    let t = s;
    println!("moved {}", t);
}
// expect: borrowed data
// expect: moved data
