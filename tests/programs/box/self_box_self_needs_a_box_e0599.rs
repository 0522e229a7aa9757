// A `self: Box<Self>` method is not found on an unboxed value: rustc's E0599 at the method name.
struct Ticket {
    id: u32,
}
impl Ticket {
    fn redeem(self: Box<Self>) -> u32 {
        self.id
    }
}
fn main() {
    let t = Ticket { id: 7 };
    println!("{}", t.redeem());
}
// error: E0599 at 12:22
