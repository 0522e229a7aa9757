// `if v.is_empty {` forgets the call: E0615 at the method's name.
fn main() {
    let v: Vec<i32> = Vec::new();
    if v.is_empty {
        println!("empty");
    }
}
// error: E0615 at 4:10
