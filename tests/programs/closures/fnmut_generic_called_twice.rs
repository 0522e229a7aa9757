// An `F: FnMut` parameter is called twice, mutating the variable it borrows.
fn twice<F: FnMut()>(mut f: F) {
    f();
    f();
}

fn main() {
    let mut n = 0;
    twice(|| n += 1);
    println!("{n}");
}
// expect: 2
