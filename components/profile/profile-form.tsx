"use client";
import { useActionState, useState } from "react";
import { updateProfile } from "@/lib/users/actions";
import { idle } from "@/lib/actions/state";
import { MAX_PHOTO_BYTES, PHOTO_TYPES } from "@/lib/users/schema";
import { CheckField, Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { UserPhoto } from "@/components/ui/user-photo";

export function ProfileForm({ name, email, photoKey }: { name: string; email: string; photoKey: string | null }) {
  const [state, formAction, pending] = useActionState(updateProfile, idle);
  const [clientError, setClientError] = useState<string | null>(null);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const currentPhoto = state.status === "success" ? state.data.photo : photoKey;

  return (
    <form action={formAction} noValidate aria-label="Edit profile" encType="multipart/form-data">
      <FormAlert kind={state.status === "error" ? "error" : "success"} message={state.status === "idle" ? null : state.message} />
      <div className="d-flex align-items-center gap-3 mb-3">
        <UserPhoto photoKey={currentPhoto} name={name} size="lg" />
        <div className="text-body-secondary small">{email}</div>
      </div>
      <Field id="name" name="name" label="Name" autoComplete="name" defaultValue={name} error={errors.name?.[0]} required maxLength={100} />
      <div className="mb-3">
        <label htmlFor="photo" className="form-label">
          Profile photo
        </label>
        <input
          id="photo"
          name="photo"
          type="file"
          accept={PHOTO_TYPES.join(",")}
          className={`form-control${errors.photo || clientError ? " is-invalid" : ""}`}
          aria-describedby="photo-hint photo-error"
          aria-invalid={errors.photo || clientError ? true : undefined}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            setClientError(file && file.size > MAX_PHOTO_BYTES ? "The photo must be at most 2 MB" : null);
          }}
        />
        <div id="photo-hint" className="form-text">
          PNG, JPEG, WebP or GIF, up to 2 MB.
        </div>
        <div id="photo-error" className="invalid-feedback d-block">
          {clientError ?? errors.photo?.[0]}
        </div>
      </div>
      {currentPhoto ? (
        <CheckField id="removePhoto" name="removePhoto" label="Remove my photo" wrapperClassName="form-check mb-3" />
      ) : null}
      <button type="submit" className="btn btn-primary" disabled={pending || clientError !== null}>
        {pending ? "Saving…" : "Save profile"}
      </button>
    </form>
  );
}
