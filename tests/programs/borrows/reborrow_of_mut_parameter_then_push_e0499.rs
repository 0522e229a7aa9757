// A `&mut` parameter is reborrowed by each method call through it: a kept `&mut *v` and then `v.push` overlap (E0499).
fn push_two(v: &mut Vec<i32>) {
    let a = &mut *v;
    v.push(9);
    a.push(1);
}

fn main() {
    let mut v = vec![1, 2];
    push_two(&mut v);
    println!("{:?}", v);
}
// error: E0499 at 4:5
