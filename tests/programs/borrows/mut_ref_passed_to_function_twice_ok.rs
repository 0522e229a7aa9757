// Passing a `&mut` variable to a function reborrows it, so it can be passed again.
fn add(v: &mut Vec<i32>, x: i32) {
    v.push(x);
}

fn main() {
    let mut v = Vec::new();
    let r = &mut v;
    add(r, 1);
    add(r, 2);
    println!("{:?}", r);
}
// expect: [1, 2]
