// A Box<dyn FnMut()> borrowing a counter mutably, called twice, then the counter read once the box is no longer used.
fn main() {
    let mut clicks = 0;
    let mut on_click: Box<dyn FnMut()> = Box::new(|| clicks += 1);
    on_click();
    on_click();
    drop(on_click);
    println!("clicks = {}", clicks);
}
// expect: clicks = 2
