// Passing Days where the newtype Years is asked for is E0308.
struct Years(i64);

struct Days(i64);

fn is_adult(age: &Years) -> bool {
    age.0 >= 18
}

fn main() {
    let age_days = Days(9125);
    println!("Old enough {}", is_adult(&age_days));
}
// error: E0308 at 12:40
