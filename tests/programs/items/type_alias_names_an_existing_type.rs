// A type alias is another name for the same type: a `Kilometers` is an i32 and mixes with one freely.
type Kilometers = i32;
type Route = Vec<(String, Kilometers)>;

fn total(route: &Route) -> Kilometers {
    let mut sum: Kilometers = 0;
    for (_, km) in route {
        sum += km;
    }
    sum
}

fn main() {
    let x: i32 = 5;
    let y: Kilometers = 5;
    println!("x + y = {}", x + y);
    let mut route: Route = Vec::new();
    route.push((String::from("Lyon"), 470));
    route.push((String::from("Turin"), 310));
    println!("{} km over {} legs", total(&route), route.len());
    println!("{}", std::mem::size_of::<Kilometers>());
}
// expect: x + y = 10
// expect: 780 km over 2 legs
// expect: 4
