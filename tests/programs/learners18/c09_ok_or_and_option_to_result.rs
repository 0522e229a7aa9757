// ok_or, ok_or_else, transpose-free chaining of Option and Result with ? in a Result fn.
#[derive(Debug)]
struct User {
    name: String,
    age: Option<u8>,
}

fn age_next_year(users: &[User], name: &str) -> Result<u8, String> {
    let u = users.iter().find(|u| u.name == name).ok_or(format!("no user {name}"))?;
    let age = u.age.ok_or_else(|| format!("{} has no age", u.name))?;
    age.checked_add(1).ok_or("overflow".to_string())
}

fn main() {
    let users = vec![
        User { name: "a".into(), age: Some(20) },
        User { name: "b".into(), age: None },
        User { name: "c".into(), age: Some(255) },
    ];
    for n in ["a", "b", "c", "d"] {
        println!("{:?}", age_next_year(&users, n));
    }
    println!("{:?}", users[1]);
}
// expect: Ok(21)
// expect: Err("b has no age")
// expect: Err("overflow")
// expect: Err("no user d")
// expect: User { name: "b", age: None }
