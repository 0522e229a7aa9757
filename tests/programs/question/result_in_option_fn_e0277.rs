// `?` on a Result in a function returning Option is E0277: the residual does not fit.
fn f(r: Result<i32, String>) -> Option<i32> {
    let v = r?;
    Some(v)
}

fn main() {
    println!("{:?}", f(Ok(1)));
}
// error: E0277 at 3:14
