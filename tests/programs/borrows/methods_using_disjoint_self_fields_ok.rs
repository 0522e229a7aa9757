// Methods borrowing one field of `self` while changing another (a fee read while accounts change) are accepted, as rustc splits them.
struct Bank { accounts: Vec<(String, i64)>, fee: i64 }
impl Bank {
    fn find(&mut self, name: &str) -> Option<&mut (String, i64)> { self.accounts.iter_mut().find(|a| a.0 == name) }
    fn charge(&mut self) {
        let fee = self.fee;
        for a in self.accounts.iter_mut() { a.1 -= fee; }
        for a in &mut self.accounts { a.1 -= self.fee; }
    }
    fn transfer(&mut self, from: usize, to: usize, amt: i64) {
        self.accounts[from].1 -= amt;
        self.accounts[to].1 += amt;
        let total: i64 = self.accounts.iter().map(|a| a.1).sum();
        println!("total {}", total);
    }
}
fn main() {
    let mut b = Bank { accounts: vec![("a".into(), 10), ("b".into(), 5)], fee: 1 };
    if let Some(acc) = b.find("a") { acc.1 += 100; }
    b.charge();
    b.transfer(0, 1, 3);
    println!("{:?}", b.accounts);
}
// expect: total 111
// expect: [("a", 105), ("b", 6)]
