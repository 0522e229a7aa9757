// `ref` and `ref mut` bindings, `&(a, b)` patterns and match ergonomics on a Vec of pairs.
#[derive(Debug)]
struct Account {
    name: String,
    balance: i64,
}

fn main() {
    let mut accounts = vec![
        Account { name: String::from("ana"), balance: 10 },
        Account { name: String::from("bo"), balance: -5 },
    ];
    for Account { name, balance } in accounts.iter_mut() {
        if *balance < 0 {
            name.push_str(" (overdrawn)");
            *balance = 0;
        }
    }
    let first = &accounts[0];
    let Account { ref name, balance } = *first;
    println!("{name} {balance}");
    let pairs = [(1, 'a'), (2, 'b')];
    for &(n, c) in pairs.iter() {
        print!("{n}{c} ");
    }
    println!();
    let mut opt = Some(String::from("x"));
    if let Some(ref mut s) = opt {
        s.push('y');
    }
    match &mut opt {
        Some(s) => s.push('z'),
        None => {}
    }
    println!("{:?} {:?}", opt, accounts);
}
// expect: ana 10
// expect: 1a 2b 
// expect: Some("xyz") [Account { name: "ana", balance: 10 }, Account { name: "bo (overdrawn)", balance: 0 }]
