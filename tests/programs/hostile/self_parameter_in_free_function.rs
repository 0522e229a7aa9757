// Regression (fuzzing): a `self` parameter on a free function made the checker index a struct table with -1 and crashed; rustc rejects the parameter.
fn size(&self) -> i32 {
    self.len
}

fn main() {
    println!("{}", size());
}
// error: "`self` parameter is only allowed in associated functions" at 2:9
