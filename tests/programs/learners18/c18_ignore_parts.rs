// Ignoring values: _ in params, nested _, .. in tuples and structs, _x vs _ binding moves.
struct Point3 {
    x: i32,
    y: i32,
    z: i32,
}

fn foo(_: i32, y: i32) {
    println!("This code only uses the y parameter: {y}");
}

fn main() {
    foo(3, 4);
    let mut setting_value = Some(5);
    let new_setting_value = Some(10);
    match (setting_value, new_setting_value) {
        (Some(_), Some(_)) => println!("Can't overwrite an existing customized value"),
        _ => setting_value = new_setting_value,
    }
    println!("setting is {setting_value:?}");
    let numbers = (2, 4, 8, 16, 32);
    let (first, .., last) = numbers;
    println!("Some numbers: {first}, {last}");
    let origin = Point3 { x: 0, y: 1, z: 2 };
    let Point3 { x, .. } = origin;
    println!("x is {x}, z is {}", origin.z + origin.y);
    let s = Some(String::from("Hello!"));
    if let Some(_) = s {
        println!("found a string");
    }
    println!("{s:?}");
}
// expect: This code only uses the y parameter: 4
// expect: Can't overwrite an existing customized value
// expect: setting is Some(5)
// expect: Some numbers: 2, 32
// expect: x is 0, z is 3
// expect: found a string
// expect: Some("Hello!")
