// Vec takes at most two generic arguments (the element and its allocator), so three is E0107 "at most 2".
fn main() {
    let v: Vec<i32, i32, i32> = Vec::new();
    println!("{}", v.len());
}
// error: E0107 at 3:12
