// Looking up an index first and borrowing after (`position`, then `&mut v[i]` or a push) is the shape rustc accepts.
struct Bank {
    accounts: Vec<(String, i64)>,
}

impl Bank {
    fn account(&mut self, name: &str) -> &mut (String, i64) {
        match self.accounts.iter().position(|a| a.0 == name) {
            Some(i) => &mut self.accounts[i],
            None => {
                self.accounts.push((name.to_string(), 0));
                self.accounts.last_mut().unwrap()
            }
        }
    }
}

fn first_even(v: &mut Vec<i32>) -> Option<&mut i32> {
    for x in v.iter_mut() {
        if *x % 2 == 0 {
            return Some(x);
        }
    }
    None
}

fn main() {
    let mut b = Bank { accounts: vec![] };
    b.account("ann").1 += 5;
    b.account("ann").1 += 5;
    b.account("bo").1 -= 1;
    let mut v = vec![1, 4, 5];
    if let Some(x) = first_even(&mut v) {
        *x = 40;
    }
    println!("{:?} {:?}", b.accounts, v);
}
// expect: [("ann", 10), ("bo", -1)] [1, 40, 5]
