// `i32::abs` takes `i32`; `iter()` hands it `&i32`: E0631 at the function's path.
fn main() {
    let v = vec![-1, 2, -3];
    let o: Vec<i32> = v.iter().map(i32::abs).collect();
    println!("{:?}", o);
}
// error: E0631 at 4:36
