// A method taking self by value called twice: E0382 use of moved value.
struct Ticket {
    id: u32,
}

impl Ticket {
    fn redeem(self) -> u32 {
        self.id
    }
}

fn main() {
    let t = Ticket { id: 7 };
    println!("{}", t.redeem());
    println!("{}", t.redeem());
}
// error: E0382 at 15:20
