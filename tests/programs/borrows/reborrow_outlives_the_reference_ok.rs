// A reborrow `&mut *r` borrows what r points at, not r: it may be used after r's scope ends.
fn main() {
    let mut v = vec![1];
    let a;
    let f;
    {
        let r = &mut v;
        a = &mut *r;
    }
    a.push(2);
    {
        let r = &mut v;
        f = r.first_mut();
    }
    if let Some(x) = f {
        *x += 10;
    }
    println!("{:?}", v);
}
// expect: [11, 2]
