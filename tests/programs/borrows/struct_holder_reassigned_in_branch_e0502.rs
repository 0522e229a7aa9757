// A struct holding a reference, given a new value in one branch only, may still hold the Vec's borrow: E0502.
struct Cursor<'a> {
    at: &'a i32,
}

fn main() {
    let mut v = vec![1, 2, 3];
    let x = 5;
    let mut c = Cursor { at: &v[0] };
    if v.len() > 1 {
        c = Cursor { at: &x };
    }
    v.push(4);
    println!("{}", c.at);
}
// error: E0502 at 13:5
