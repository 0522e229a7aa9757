// Calling a `self: Box<Self>` method moves the Box, so using it again is rustc's E0382.
struct Ticket {
    id: u32,
}
impl Ticket {
    fn redeem(self: Box<Self>) -> u32 {
        self.id
    }
}
fn main() {
    let t = Box::new(Ticket { id: 7 });
    let a = t.redeem();
    let b = t.redeem();
    println!("{a} {b}");
}
// error: E0382 at 13:13
