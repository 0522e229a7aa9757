// transpose is defined on Option<Result<T, E>> only: on an Option of a number it is E0599 at the method.
fn main() {
    let o = Some(3);
    let t = o.transpose();
}
// error: E0599 at 4:15
