// try_fold's closure must return an Option or a Result: returning the plain sum is E0277 (`{integer}: Try` is not satisfied) at try_fold.
fn main() {
    let v = vec![1, 2, 3];
    let s = v.iter().try_fold(0, |acc, &x| acc + x);
    println!("{:?}", s);
}
// error: E0277 at 4:22
