// `&mut *r` reborrows through an existing `&mut`; the original is usable again afterwards.
fn main() {
    let mut n = 1;
    let r = &mut n;
    let r2 = &mut *r;
    *r2 += 10;
    *r += 100;
    println!("{}", n);
}
// expect: 111
