// `&mut r[r.len() - 1]` with `r: &mut Vec<i32>` is error E0502 on `*r`: IndexMut reborrows `*r` before the index.
fn last(r: &mut Vec<i32>) -> &mut i32 {
    &mut r[r.len() - 1]
}

fn main() {
    let mut v = vec![1, 2];
    *last(&mut v) += 1;
    println!("{:?}", v);
}
// error: E0502 at 3:12
