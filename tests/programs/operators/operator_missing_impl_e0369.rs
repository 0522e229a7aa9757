// Without an Add impl, `+` on a struct is E0369.
struct Money(u32);

fn main() {
    let total = Money(1) + Money(2);
}
// error: E0369 at 5:26
