// `_` ignores one value, `..` the rest, and `_x` still binds, as the ignoring-values section shows.
struct Point3 {
    x: i32,
    y: i32,
    z: i32,
}

fn foo(_: i32, y: i32) {
    println!("this code only uses y: {}", y);
}

fn main() {
    foo(3, 4);

    let mut setting_value = Some(5);
    let new_setting_value = Some(10);
    match (setting_value, new_setting_value) {
        (Some(_), Some(_)) => println!("can't overwrite an existing customized value"),
        _ => setting_value = new_setting_value,
    }
    println!("setting is {:?}", setting_value);

    let numbers = (2, 4, 8, 16, 32);
    match numbers {
        (first, _, third, _, fifth) => println!("some numbers: {first}, {third}, {fifth}"),
    }
    match numbers {
        (first, .., last) => println!("ends: {first}, {last}"),
    }

    let origin = Point3 { x: 0, y: 5, z: 9 };
    match origin {
        Point3 { x, .. } => println!("x is {}", x),
    }
    let Point3 { z, .. } = origin;
    println!("z is {} and y was {}", z, origin.y);

    let s = Some(String::from("Hello!"));
    if let Some(_) = s {
        println!("found a string");
    }
    println!("{:?}", s);
}
// expect: this code only uses y: 4
// expect: can't overwrite an existing customized value
// expect: setting is Some(5)
// expect: some numbers: 2, 8, 32
// expect: ends: 2, 32
// expect: x is 0
// expect: z is 9 and y was 5
// expect: found a string
// expect: Some("Hello!")
