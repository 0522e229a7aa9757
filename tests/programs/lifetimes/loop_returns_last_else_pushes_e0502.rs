// Inside a loop, a borrow returned when a test passes is live round the loop: the push on the other path is E0502.
fn grow_until_big(v: &mut Vec<i32>) -> &i32 {
    loop {
        let last = v.last();
        if let Some(x) = last {
            if *x > 3 {
                return x;
            }
        }
        v.push(v.len() as i32);
    }
}

fn main() {
    let mut v = Vec::new();
    println!("{}", grow_until_big(&mut v));
}
// error: E0502 at 10:9
