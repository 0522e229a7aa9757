// A `move` closure returned as `impl Fn(i32) -> bool` that captured the reference `limit`: its hidden type holds that borrow, which the bounds do not name, E0700.
fn checker(limit: &i32) -> impl Fn(i32) -> bool {
    move |x| x < *limit
}

fn main() {
    let l = 3;
    let below = checker(&l);
    println!("{}", below(2));
}
// error: E0700 at 3:5
