// `?` on Options through nested struct fields: the first None ends the function.
struct Person {
    job: Option<Job>,
}

#[derive(Clone, Copy)]
struct Job {
    phone_number: Option<PhoneNumber>,
}

#[derive(Clone, Copy)]
struct PhoneNumber {
    area_code: Option<u8>,
    number: u32,
}

impl Person {
    fn work_phone_area_code(&self) -> Option<u8> {
        self.job?.phone_number?.area_code
    }
}

fn main() {
    let p = Person { job: Some(Job { phone_number: Some(PhoneNumber { area_code: Some(61), number: 439222222 }) }) };
    assert_eq!(p.work_phone_area_code(), Some(61));
    println!("{:?}", p.work_phone_area_code());
    let q = Person { job: Some(Job { phone_number: None }) };
    println!("{:?}", q.work_phone_area_code());
    println!("{}", p.job.unwrap().phone_number.unwrap().number);
}
// expect: Some(61)
// expect: None
// expect: 439222222
