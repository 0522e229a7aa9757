// `&5` and `&[1, 2]` are promoted to statics, so a `&'static` parameter accepts them; a static item's borrow too.
static LIMIT: i32 = 10;

fn show(n: &'static i32) -> i32 {
    *n + 1
}

fn total(v: &'static [i32]) -> i32 {
    v.iter().sum()
}

fn main() {
    println!("{} {} {}", show(&5), show(&LIMIT), total(&[1, 2]));
}
// expect: 6 11 3
