// max() over iter() gives Option<&i32>: binding its unwrap to an i32 is E0308.
fn main() {
    let v = vec![4, 9, 2];
    let biggest: i32 = v.iter().max().unwrap();
    println!("{}", biggest);
}
// error: E0308 at 4:24
