// Ignoring parts: (first, _, third, _, fifth), (first, .., last), and Some(_) in a setting update.
fn main() {
    let mut setting_value = Some(5);
    let new_setting_value = Some(10);
    match (setting_value, new_setting_value) {
        (Some(_), Some(_)) => println!("Can't overwrite an existing customized value"),
        _ => setting_value = new_setting_value,
    }
    println!("setting is {setting_value:?}");
    let numbers = (2, 4, 8, 16, 32);
    match numbers {
        (first, _, third, _, fifth) => println!("Some numbers: {first}, {third}, {fifth}"),
    }
    match numbers {
        (first, .., last) => println!("Some numbers: {first}, {last}"),
    }
}
// expect: Can't overwrite an existing customized value
// expect: setting is Some(5)
// expect: Some numbers: 2, 8, 32
// expect: Some numbers: 2, 32
