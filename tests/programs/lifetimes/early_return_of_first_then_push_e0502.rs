// A borrow returned on one path (`if let Some(x) = v.first() { return x; }`) is live on the others too: the push after it is E0502.
fn first_or_zero(v: &mut Vec<i32>) -> &i32 {
    if let Some(x) = v.first() {
        return x;
    }
    v.push(0);
    &v[0]
}

fn main() {
    let mut v = Vec::new();
    println!("{}", first_or_zero(&mut v));
}
// error: E0502 at 6:5
