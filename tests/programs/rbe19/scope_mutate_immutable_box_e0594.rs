// Writing through an immutable Box binding is E0594.
fn main() {
    let immutable_box = Box::new(5u32);
    *immutable_box = 4;
    println!("{}", immutable_box);
}
// error: E0594 at 4:5
